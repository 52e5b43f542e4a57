// biome-ignore-all lint/suspicious/noTemplateCurlyInString: `${VAR}` here is shell syntax under test, not a JS template.
import { describe, expect, it } from 'vitest';
import { type LexResult, type LexVars, splitCommands, type Token, tokenize } from './tokenize';

/** The argv-level view: word values, operators as themselves. */
function values(line: string, vars?: LexVars): string[] {
  const r = tokenize(line, vars);
  if (!r.ok) throw new Error(`expected ok for ${JSON.stringify(line)}: ${JSON.stringify(r)}`);
  return r.tokens.map((t) => (t.kind === 'word' ? t.word.value : t.op));
}

function words(r: LexResult) {
  if (!('tokens' in r)) throw new Error(`no tokens: ${JSON.stringify(r)}`);
  return r.tokens.flatMap((t) => (t.kind === 'word' ? [t.word] : []));
}

const syntax = (token: string) => ({
  ok: false,
  error: `bash: syntax error near unexpected token \`${token}'`,
});

describe('splitting on blanks', () => {
  it('splits on spaces and tabs, collapsing runs', () => {
    expect(values('docker   run\t-it  ubuntu ')).toEqual(['docker', 'run', '-it', 'ubuntu']);
  });

  it('an empty or blank line has no tokens', () => {
    expect(tokenize('')).toEqual({ ok: true, tokens: [] });
    expect(tokenize('   \t ')).toEqual({ ok: true, tokens: [] });
  });

  it('records raw spans, end exclusive', () => {
    const r = tokenize('  docker ps -a');
    expect(words(r).map((w) => [w.start, w.end])).toEqual([
      [2, 8],
      [9, 11],
      [12, 14],
    ]);
    expect(words(r).every((w) => !w.quoted)).toBe(true);
  });
});

describe('single quotes', () => {
  it('are literal: no escapes, no expansion', () => {
    expect(values(`echo 'a  b' '$? $HOME \\n "x"'`, { status: 3, env: { HOME: '/root' } })).toEqual([
      'echo',
      'a  b',
      '$? $HOME \\n "x"',
    ]);
  });

  it('mark the word quoted and span the quotes', () => {
    const [, w] = words(tokenize("echo 'hi there'"));
    expect(w).toEqual({ value: 'hi there', start: 5, end: 15, quoted: true });
  });

  it('unterminated: incomplete, with the partial word last', () => {
    const r = tokenize("echo 'abc");
    expect(r).toMatchObject({ ok: false, incomplete: 'single-quote' });
    expect(words(r).at(-1)).toEqual({ value: 'abc', start: 5, end: 9, quoted: true });
  });

  it('a continuation line keeps the newline inside the quotes', () => {
    expect(values("echo 'a\nb'")).toEqual(['echo', 'a\nb']);
  });
});

describe('double quotes', () => {
  it('keep blanks and join into one word', () => {
    expect(values('echo "a  b"')).toEqual(['echo', 'a  b']);
  });

  it('backslash escapes only $ ` " \\ and is kept before anything else', () => {
    expect(values('echo "say \\"hi\\" \\\\ \\$HOME \\n"')).toEqual(['echo', 'say "hi" \\ $HOME \\n']);
  });

  it('expand $?, $VAR and ${VAR}', () => {
    expect(values('echo "$? $USER-${USER}x"', { status: 127, env: { USER: 'bob' } })).toEqual([
      'echo',
      '127 bob-bobx',
    ]);
  });

  it('do not split an expansion', () => {
    expect(values('echo "$X"', { status: 0, env: { X: 'a  b' } })).toEqual(['echo', 'a  b']);
  });

  it('"" is an empty word', () => {
    const r = tokenize('echo "" x');
    expect(words(r)).toEqual([
      { value: 'echo', start: 0, end: 4, quoted: false },
      { value: '', start: 5, end: 7, quoted: true },
      { value: 'x', start: 8, end: 9, quoted: false },
    ]);
  });

  it("'' and an empty quoted expansion are empty words too", () => {
    expect(values(`printf '' "$UNSET"`)).toEqual(['printf', '', '']);
  });

  it('a lone $ and $ before a non-name stay literal', () => {
    expect(values('echo "$" "a$" "$/x" $=')).toEqual(['echo', '$', 'a$', '$/x', '$=']);
  });

  it('unterminated: incomplete double-quote, also when the line ends in a backslash inside', () => {
    expect(tokenize('echo "abc')).toMatchObject({ ok: false, incomplete: 'double-quote' });
    expect(tokenize('echo "abc\\')).toMatchObject({ ok: false, incomplete: 'double-quote' });
  });

  it('backslash-newline inside double quotes is removed', () => {
    expect(values('echo "ab\\\ncd"')).toEqual(['echo', 'abcd']);
  });
});

describe('backslash outside quotes', () => {
  it('escapes the next character, which joins the word literally', () => {
    expect(values('echo a\\ b \\$? \\"q\\" \\\\')).toEqual(['echo', 'a b', '$?', '"q"', '\\']);
  });

  it('marks the word quoted', () => {
    expect(words(tokenize('echo \\a'))[1]?.quoted).toBe(true);
  });

  it('a trailing backslash is incomplete', () => {
    const r = tokenize('docker run \\');
    expect(r).toMatchObject({ ok: false, incomplete: 'backslash' });
    expect(words(r).map((w) => w.value)).toEqual(['docker', 'run', '']);
  });

  it('backslash-newline (the joined continuation) vanishes', () => {
    expect(values('docker run \\\n  hello-world')).toEqual(['docker', 'run', 'hello-world']);
    expect(values('hello\\\nworld')).toEqual(['helloworld']);
  });
});

describe('$? and variables outside quotes', () => {
  it('$? is the status', () => {
    expect(values('echo $?', { status: 1 })).toEqual(['echo', '1']);
    expect(values('echo ${?}x', { status: 42 })).toEqual(['echo', '42x']);
  });

  it('defaults to status 0', () => {
    expect(values('echo $?')).toEqual(['echo', '0']);
  });

  it('$VAR and ${VAR} expand from env; unset is empty', () => {
    expect(values('echo $HOME/x ${HOME}y $NOPE.z', { status: 0, env: { HOME: '/root' } })).toEqual([
      'echo',
      '/root/x',
      '/rooty',
      '.z',
    ]);
  });

  it('a word that expands to nothing disappears', () => {
    expect(values('echo $UNSET x')).toEqual(['echo', 'x']);
  });

  it('an unquoted expansion is split on blanks', () => {
    expect(values('echo a$X"c"', { status: 0, env: { X: 'b  B ' } })).toEqual(['echo', 'ab', 'B', 'c']);
  });

  it('$0 is the shell, $1 is empty', () => {
    expect(values('echo $0 $1')).toEqual(['echo', 'bash']);
  });

  it('${} is a bad substitution', () => {
    expect(tokenize('echo ${}')).toEqual({ ok: false, error: 'bash: ${}: bad substitution' });
    expect(tokenize('echo ${a b}')).toEqual({ ok: false, error: 'bash: ${a b}: bad substitution' });
  });
});

describe('adjacent parts join into one word', () => {
  it(`a"b c"'d' → ab cd`, () => {
    const r = tokenize(`a"b c"'d' e`);
    expect(words(r)).toEqual([
      { value: 'ab cd', start: 0, end: 9, quoted: true },
      { value: 'e', start: 10, end: 11, quoted: false },
    ]);
  });

  it('--format="{{.Names}}" stays one flag word', () => {
    expect(values('docker ps --format="{{.Names}} {{.ID}}"')).toEqual([
      'docker',
      'ps',
      '--format={{.Names}} {{.ID}}',
    ]);
  });
});

describe('operators', () => {
  it('; && || | with and without blanks, with spans', () => {
    const r = tokenize('a;b && c||d | e');
    expect(r.ok).toBe(true);
    const ops = (r as { tokens: Token[] }).tokens.filter((t) => t.kind === 'op');
    expect(ops).toEqual([
      { kind: 'op', op: ';', start: 1, end: 2 },
      { kind: 'op', op: '&&', start: 4, end: 6 },
      { kind: 'op', op: '||', start: 8, end: 10 },
      { kind: 'op', op: '|', start: 12, end: 13 },
    ]);
  });

  it('quoted or escaped operators are words', () => {
    expect(values(`echo ';' "&&" \\|`)).toEqual(['echo', ';', '&&', '|']);
  });

  it('a trailing ; is fine', () => {
    expect(values('echo hi;')).toEqual(['echo', 'hi', ';']);
  });

  it('a line starting with an operator is a syntax error, worded as bash does', () => {
    expect(tokenize('; echo')).toEqual(syntax(';'));
    expect(tokenize('&& echo')).toEqual(syntax('&&'));
    expect(tokenize('|| echo')).toEqual(syntax('||'));
    expect(tokenize('  | echo')).toEqual(syntax('|'));
  });

  it(';; is an unexpected token anywhere (no case statements)', () => {
    expect(tokenize(';;')).toEqual(syntax(';;'));
    expect(tokenize('echo a ;; echo b')).toEqual(syntax(';;'));
  });

  it('two operators in a row: the second is unexpected', () => {
    expect(tokenize('echo a && && echo b')).toEqual(syntax('&&'));
    expect(tokenize('echo a; ; echo b')).toEqual(syntax(';'));
    expect(tokenize('echo a | ;')).toEqual(syntax(';'));
  });

  it('the first problem from the left wins', () => {
    expect(tokenize('; echo "abc')).toEqual(syntax(';'));
    expect(tokenize('echo "a ;; b')).toMatchObject({ ok: false, incomplete: 'double-quote' });
  });

  it('a trailing && || | asks for a continuation line', () => {
    for (const line of ['docker pull hello-world &&', 'false ||', 'echo a |', 'echo a && # later']) {
      const r = tokenize(line);
      expect(r).toMatchObject({ ok: false, incomplete: 'continuation' });
      expect('tokens' in r && r.tokens.at(-1)?.kind).toBe('op');
    }
  });

  it('after the continuation line is appended, the newline is a blank', () => {
    expect(values('echo a &&\necho b')).toEqual(['echo', 'a', '&&', 'echo', 'b']);
  });

  it('a newline after a command separates like ;', () => {
    expect(values('echo a\necho b')).toEqual(['echo', 'a', ';', 'echo', 'b']);
  });

  it('an expansion that vanished still counts as a command for the syntax', () => {
    expect(values('$UNSET && echo x')).toEqual(['&&', 'echo', 'x']);
  });
});

describe('comments', () => {
  it('# at the start of a word runs to the end of the line', () => {
    expect(values('echo hi # a comment; rm -rf')).toEqual(['echo', 'hi']);
    expect(values('# only a comment')).toEqual([]);
    expect(values('echo a;#c')).toEqual(['echo', 'a', ';']);
  });

  it('# inside a word or quoted is literal', () => {
    expect(values('echo a#b "#c" \\#d')).toEqual(['echo', 'a#b', '#c', '#d']);
  });
});

describe('what this shell refuses rather than misreads', () => {
  it.each([
    ['sleep 5 &', 'dockyard: background jobs (&) are not supported in this shell'],
    ['(cd /)', 'dockyard: subshells are not supported in this shell'],
    ['echo $(date)', 'dockyard: command substitution is not supported in this shell'],
    ['echo "`date`"', 'dockyard: command substitution is not supported in this shell'],
  ])('%s', (line, error) => {
    expect(tokenize(line)).toEqual({ ok: false, error });
  });
});

describe('splitCommands', () => {
  const split = (line: string, vars?: LexVars) => {
    const r = tokenize(line, vars);
    if (!('tokens' in r)) throw new Error('lex failed');
    return splitCommands(r.tokens).map((c) => ({ argv: c.words.map((w) => w.value), op: c.op }));
  };

  it('one command', () => {
    expect(split('docker ps -a')).toEqual([{ argv: ['docker', 'ps', '-a'], op: null }]);
  });

  it('no tokens, no commands', () => {
    expect(split('  # nothing')).toEqual([]);
  });

  it('each command carries the operator that follows it', () => {
    expect(split('docker pull a && docker run a || echo failed; echo done | cat')).toEqual([
      { argv: ['docker', 'pull', 'a'], op: '&&' },
      { argv: ['docker', 'run', 'a'], op: '||' },
      { argv: ['echo', 'failed'], op: ';' },
      { argv: ['echo', 'done'], op: '|' },
      { argv: ['cat'], op: null },
    ]);
  });

  it('a trailing ; stays on the last command', () => {
    expect(split('echo a;')).toEqual([{ argv: ['echo', 'a'], op: ';' }]);
  });

  it('a command that expanded to nothing is kept, empty', () => {
    expect(split('echo a && $UNSET')).toEqual([
      { argv: ['echo', 'a'], op: '&&' },
      { argv: [], op: null },
    ]);
    expect(split('$UNSET; echo b')).toEqual([
      { argv: [], op: ';' },
      { argv: ['echo', 'b'], op: null },
    ]);
  });

  it('keeps the words with their spans', () => {
    const r = tokenize('a b; c');
    if (!r.ok) throw new Error('lex failed');
    expect(splitCommands(r.tokens)[1]?.words).toEqual([{ value: 'c', start: 5, end: 6, quoted: false }]);
  });
});

describe('redirections', () => {
  const redirs = (line: string) => {
    const r = tokenize(line);
    if (!r.ok) throw new Error(JSON.stringify(r));
    return splitCommands(r.tokens).map((c) => ({
      argv: c.words.map((w) => w.value),
      redirs: c.redirs.map((x) => `${x.fd}${x.op}${x.target.value}`),
    }));
  };

  it('takes each operator and its target out of the argv, with the descriptor it names', () => {
    expect(redirs('echo hi > out.txt')).toEqual([{ argv: ['echo', 'hi'], redirs: ['1>out.txt'] }]);
    expect(redirs('cat<in>>log 2>err')).toEqual([{ argv: ['cat'], redirs: ['0<in', '1>>log', '2>err'] }]);
    expect(redirs('ls /x 2>&1 | wc -l')).toEqual([
      { argv: ['ls', '/x'], redirs: ['2>&1'] },
      { argv: ['wc', '-l'], redirs: [] },
    ]);
    expect(redirs('ls &> all')).toEqual([{ argv: ['ls'], redirs: ['1&>all'] }]);
    expect(redirs('> new')).toEqual([{ argv: [], redirs: ['1>new'] }]);
  });

  it('digits are a descriptor only unquoted and right before the operator', () => {
    expect(redirs('echo 2 >f')).toEqual([{ argv: ['echo', '2'], redirs: ['1>f'] }]);
    expect(redirs('echo "2">f')).toEqual([{ argv: ['echo', '2'], redirs: ['1>f'] }]);
    expect(redirs('echo a2>f')).toEqual([{ argv: ['echo', 'a2'], redirs: ['1>f'] }]);
    expect(redirs("echo '>' x")).toEqual([{ argv: ['echo', '>', 'x'], redirs: [] }]);
  });

  it('a missing target is a syntax error, worded as bash does', () => {
    const err = (token: string) => ({
      ok: false,
      error: `bash: syntax error near unexpected token \`${token}'`,
    });
    expect(tokenize('echo >')).toEqual(err('newline'));
    expect(tokenize('echo > ;')).toEqual(err(';'));
    expect(tokenize('echo a 2>&1 >')).toEqual(err('newline'));
    expect(tokenize('echo > | cat')).toEqual(err('|'));
    expect(tokenize('echo > > x')).toEqual(err('>'));
  });
});
