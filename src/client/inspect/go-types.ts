/**
 * The Go types `docker inspect` runs a template on first (cli/command/inspect: the typed reply,
 * falling back to the raw JSON only when that fails), so `{{.State}}` prints a struct as fmt does
 * (`{running true false false false false 1234 0  2024-… 0001-01-01T00:00:00Z <nil>}`), nil slices
 * `[]`, nil maps `map[]`, nil pointers `<nil>`. Field order and names are moby's v28 api/types
 * (container.InspectResponse, State, Config, MountPoint, NetworkSettings, nat.PortMap).
 * HostConfig is not modelled field by field: it stays the JSON map, its PortBindings typed.
 */
import { GoNilPointer, GoStruct, goNilMap, goNilSlice } from '../template/values';

type GoType =
  | 'string'
  | 'bool'
  | 'int'
  /** Left as JSON. */
  | 'json'
  | { readonly slice: GoType }
  | { readonly map: GoType }
  | { readonly ptr: GoType; readonly name: string }
  | StructType;

interface StructType {
  readonly struct: string;
  /** Go name, type, JSON name when it differs; `embedded`: its fields sit in the parent's JSON. */
  readonly fields: readonly (readonly [string, GoType, { json?: string; embedded?: true }?])[];
}

const S = 'string';
const B = 'bool';
const I = 'int';
const strings: GoType = { slice: S };
const stringMap: GoType = { map: S };
const structMap: GoType = { map: { struct: 'struct {}', fields: [] } };

const portBinding: StructType = {
  struct: 'nat.PortBinding',
  fields: [
    ['HostIP', S, { json: 'HostIp' }],
    ['HostPort', S],
  ],
};
const portMap: GoType = { map: { slice: portBinding } };

const state: StructType = {
  struct: 'container.State',
  fields: [
    ['Status', S],
    ['Running', B],
    ['Paused', B],
    ['Restarting', B],
    ['OOMKilled', B],
    ['Dead', B],
    ['Pid', I],
    ['ExitCode', I],
    ['Error', S],
    ['StartedAt', S],
    ['FinishedAt', S],
    ['Health', { ptr: 'json', name: '*container.Health' }],
  ],
};

const config: StructType = {
  struct: 'container.Config',
  fields: [
    ['Hostname', S],
    ['Domainname', S],
    ['User', S],
    ['AttachStdin', B],
    ['AttachStdout', B],
    ['AttachStderr', B],
    ['ExposedPorts', structMap],
    ['Tty', B],
    ['OpenStdin', B],
    ['StdinOnce', B],
    ['Env', strings],
    ['Cmd', strings],
    ['Healthcheck', { ptr: 'json', name: '*container.HealthConfig' }],
    ['ArgsEscaped', B],
    ['Image', S],
    ['Volumes', structMap],
    ['WorkingDir', S],
    ['Entrypoint', strings],
    ['NetworkDisabled', B],
    ['MacAddress', S],
    ['OnBuild', strings],
    ['Labels', stringMap],
    ['StopSignal', S],
    ['StopTimeout', { ptr: I, name: '*int' }],
    ['Shell', strings],
  ],
};

const mountPoint: StructType = {
  struct: 'container.MountPoint',
  fields: [
    ['Type', S],
    ['Name', S],
    ['Source', S],
    ['Destination', S],
    ['Driver', S],
    ['Mode', S],
    ['RW', B],
    ['Propagation', S],
  ],
};

const networkSettings: StructType = {
  struct: 'container.NetworkSettings',
  fields: [
    [
      'NetworkSettingsBase',
      {
        struct: 'container.NetworkSettingsBase',
        fields: [
          ['Bridge', S],
          ['SandboxID', S],
          ['SandboxKey', S],
          ['Ports', portMap],
          ['HairpinMode', B],
          ['LinkLocalIPv6Address', S],
          ['LinkLocalIPv6PrefixLen', I],
          ['SecondaryIPAddresses', { slice: 'json' }],
          ['SecondaryIPv6Addresses', { slice: 'json' }],
        ],
      },
      { embedded: true },
    ],
    [
      'DefaultNetworkSettings',
      {
        struct: 'container.DefaultNetworkSettings',
        fields: [
          ['EndpointID', S],
          ['Gateway', S],
          ['GlobalIPv6Address', S],
          ['GlobalIPv6PrefixLen', I],
          ['IPAddress', S],
          ['IPPrefixLen', I],
          ['IPv6Gateway', S],
          ['MacAddress', S],
        ],
      },
      { embedded: true },
    ],
    ['Networks', { map: { ptr: 'json', name: '*network.EndpointSettings' } }],
  ],
};

const containerBase: StructType = {
  struct: 'container.ContainerJSONBase',
  fields: [
    ['ID', S, { json: 'Id' }],
    ['Created', S],
    ['Path', S],
    ['Args', strings],
    ['State', { ptr: state, name: '*container.State' }],
    ['Image', S],
    ['ResolvConfPath', S],
    ['HostnamePath', S],
    ['HostsPath', S],
    ['LogPath', S],
    ['Name', S],
    ['RestartCount', I],
    ['Driver', S],
    ['Platform', S],
    ['MountLabel', S],
    ['ProcessLabel', S],
    ['AppArmorProfile', S],
    ['ExecIDs', strings],
    ['HostConfig', { ptr: 'json', name: '*container.HostConfig' }],
    [
      'GraphDriver',
      {
        struct: 'storage.DriverData',
        fields: [
          ['Data', stringMap],
          ['Name', S],
        ],
      },
    ],
    ['SizeRw', { ptr: I, name: '*int64' }],
    ['SizeRootFs', { ptr: I, name: '*int64' }],
  ],
};

const inspectResponse: StructType = {
  struct: 'container.InspectResponse',
  fields: [
    ['ContainerJSONBase', { ptr: containerBase, name: '*container.ContainerJSONBase' }, { embedded: true }],
    ['Mounts', { slice: mountPoint }],
    ['Config', { ptr: config, name: '*container.Config' }],
    ['NetworkSettings', { ptr: networkSettings, name: '*container.NetworkSettings' }],
    ['ImageManifestDescriptor', { ptr: 'json', name: '*v1.Descriptor' }],
  ],
};

/** A stable fake heap address per pointer, as fmt prints one (`0xc000` and six hex digits). */
function addressOf(seed: string): string {
  let h = 2166136261;
  for (const ch of seed) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 16777619);
  return `0xc000${((h >>> 0) % 0x1000000).toString(16).padStart(6, '0').replace(/.$/, '0')}`;
}

function convert(json: unknown, t: GoType, path: string): unknown {
  if (t === 'string') return typeof json === 'string' ? json : '';
  if (t === 'bool') return json === true;
  if (t === 'int') return typeof json === 'number' ? json : 0;
  if (t === 'json') return json ?? null;
  if ('slice' in t)
    return Array.isArray(json) ? json.map((e, i) => convert(e, t.slice, `${path}[${i}]`)) : goNilSlice();
  if ('map' in t) {
    if (typeof json !== 'object' || json === null) return goNilMap();
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(json)) out[k] = convert(v, t.map, `${path}[${k}]`);
    return out;
  }
  if ('ptr' in t) {
    if (json === null || json === undefined) return new GoNilPointer(t.name);
    const v = convert(json, t.ptr, path);
    if (v instanceof GoStruct) return new GoStruct(v.typeName, v.fields, json, v.embedded, addressOf(path));
    // A pointer to anything else prints as an address inside a struct too.
    return t.ptr === 'json' ? new GoStruct(t.name, {}, json, [], addressOf(path)) : v;
  }
  const obj = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  const fields: Record<string, unknown> = {};
  const embedded: string[] = [];
  for (const [name, type, opts] of t.fields) {
    if (opts?.embedded) {
      embedded.push(name);
      fields[name] = convert(obj, type, `${path}.${name}`);
    } else fields[name] = convert(obj[opts?.json ?? name], type, `${path}.${name}`);
  }
  return new GoStruct(t.struct, fields, json, embedded);
}

/** The typed value a template sees for a container's inspect JSON. */
export function containerGoValue(json: unknown): unknown {
  const id = typeof json === 'object' && json !== null ? String((json as { Id?: unknown }).Id ?? '') : '';
  const v = convert(json, inspectResponse, id);
  if (!(v instanceof GoStruct)) return v;
  // HostConfig is the JSON map with its PortBindings typed (see above).
  const base = v.fields.ContainerJSONBase;
  const hc = (json as { HostConfig?: Record<string, unknown> }).HostConfig;
  if (base instanceof GoStruct && hc) {
    const hostConfig = { ...hc, PortBindings: convert(hc.PortBindings, portMap, `${id}.HostConfig`) };
    const fields = { ...base.fields, HostConfig: hostConfig };
    const typedBase = new GoStruct(base.typeName, fields, base.jsonValue, base.embedded, base.address);
    return new GoStruct(v.typeName, { ...v.fields, ContainerJSONBase: typedBase }, json, v.embedded);
  }
  return v;
}
