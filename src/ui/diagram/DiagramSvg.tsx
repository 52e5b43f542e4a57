/**
 * Draws one Frame. Nothing here decides what happened: the frame says it, the layout places it.
 * The current step's arrows carry a packet that travels along them (CSS, off under reduced motion).
 */
import type { Arrow, Frame, LayerView } from '../../diagram/frame';
import { type Box, boxOf, LAYER_H, type Layout, layoutOf, linkPath, VIEW } from '../../diagram/layout';
import { phaseLabel, registryLabel } from '../../diagram/world';

export interface DiagramSvgProps {
  readonly frame: Frame;
  /** Actor ids (and `layer:<id>`) to highlight: the step's focus and what is being explained. */
  readonly highlight: ReadonlySet<string>;
  /** Whether the step's request arrow is the one selected in the API log. */
  readonly selected: boolean;
  /** Clicking a request or response arrow selects that request in the API log. */
  readonly onArrow?: (arrow: Arrow) => void;
  /** Milliseconds a packet takes along an arrow. */
  readonly travelMs: number;
}

/** A stable, light colour per layer, so a shared layer has the same colour in every stack. */
function layerHue(id: string): number {
  return Number.parseInt(id.slice(0, 6), 16) % 360;
}

const trim = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function Actor(props: { box: Box; title: string; subtitle: string; className: string; lit: boolean }) {
  const { box, title, subtitle, className, lit } = props;
  return (
    <g className={`actor ${className}${lit ? ' lit' : ''}`}>
      <rect x={box.x} y={box.y} width={box.w} height={box.h} rx={8} />
      <text x={box.x + box.w / 2} y={box.y + box.h / 2 - 4} textAnchor="middle" className="actor-title">
        {title}
      </text>
      <text x={box.x + box.w / 2} y={box.y + box.h / 2 + 13} textAnchor="middle" className="actor-sub">
        {subtitle}
      </text>
    </g>
  );
}

function LayerRect({ layer, box, lit }: { layer: LayerView; box: Box; lit: boolean }) {
  const hue = layerHue(layer.id);
  const landed = layer.phase === 'here' || layer.phase === 'landed' || layer.phase === 'existed';
  const fill = layer.phase === 'extracting' || layer.phase === 'verifying' ? 1 : landed ? 1 : layer.progress;
  return (
    <g className={`layer phase-${layer.phase}${lit ? ' lit' : ''}${layer.shared ? ' shared' : ''}`}>
      <title>
        {`Layer ${layer.id}${layer.shared ? ', shared with another image' : ''}${layer.phase === 'here' ? '' : ` (${layer.phase})`}`}
      </title>
      <rect className="layer-slot" x={box.x} y={box.y} width={box.w} height={box.h} rx={2} />
      <rect
        className="layer-fill"
        x={box.x}
        y={box.y}
        width={box.w}
        height={box.h}
        rx={2}
        style={{ fill: `hsl(${hue} 70% ${landed ? 72 : 60}%)`, transform: `scaleX(${fill})` }}
      />
      {landed ? (
        <text x={box.x + 4} y={box.y + LAYER_H - 3} className="layer-id">
          {layer.id.slice(0, 8)}
          {layer.phase === 'existed' ? ' ✓ here' : layer.shared ? ' ⇄' : ''}
        </text>
      ) : null}
    </g>
  );
}

function Arrows(props: {
  frame: Frame;
  layout: Layout;
  selected: boolean;
  travelMs: number;
  onArrow?: (arrow: Arrow) => void;
}) {
  const { frame, layout, selected, travelMs, onArrow } = props;
  return (
    <>
      {frame.arrows.map((arrow, i) => {
        const from = boxOf(layout, arrow.from);
        const to = boxOf(layout, arrow.to);
        if (!from || !to) return null;
        const { d, mid } = linkPath(from, to);
        const api = arrow.kind === 'request' || arrow.kind === 'response';
        const label = trim(arrow.label, 46);
        const key = `${frame.index}-${i}`;
        return (
          <g
            key={key}
            className={`arrow arrow-${arrow.kind}${selected && api ? ' selected' : ''}`}
            {...(api && onArrow
              ? {
                  role: 'button',
                  tabIndex: 0,
                  'aria-label': `${arrow.kind === 'request' ? 'Request' : 'Response'} ${arrow.label}: show in the API log`,
                  onClick: () => onArrow(arrow),
                  onKeyDown: (e: React.KeyboardEvent) => {
                    if (e.key === 'Enter' || e.key === ' ') {
                      e.preventDefault();
                      onArrow(arrow);
                    }
                  },
                }
              : {})}
          >
            <path d={d} className="arrow-line" markerEnd="url(#arrowhead)" />
            <circle
              r={5}
              className="packet"
              style={{ offsetPath: `path('${d}')`, animationDuration: `${travelMs}ms` }}
            />
            <text x={mid.x} y={mid.y - 6} textAnchor="middle" className="arrow-label">
              {label}
            </text>
          </g>
        );
      })}
    </>
  );
}

export function DiagramSvg({ frame, highlight, selected, onArrow, travelMs }: DiagramSvgProps) {
  const layout = layoutOf(frame);
  const lit = (id: string) => highlight.has(id);
  const summary = `${frame.images.length} image${frame.images.length === 1 ? '' : 's'}, ${frame.containers.length} container${frame.containers.length === 1 ? '' : 's'}`;
  return (
    <svg
      className="diagram-svg"
      viewBox={`0 0 ${VIEW.width} ${VIEW.height}`}
      preserveAspectRatio="xMinYMin meet"
      aria-label={`Architecture diagram: ${summary}`}
    >
      <defs>
        <marker
          id="arrowhead"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M0 0L10 5L0 10z" className="arrowhead" />
        </marker>
      </defs>
      <g className="host">
        <rect x={layout.host.x} y={layout.host.y} width={layout.host.w} height={layout.host.h} rx={10} />
        <text x={layout.host.x + 10} y={layout.host.y + 18} className="host-label">
          Docker host
        </text>
        <text x={178} y={60} className="area-label">
          Images
        </text>
        <text x={562} y={52} className="area-label">
          Containers
        </text>
      </g>
      <line className="wire" x1={138} y1={94} x2={400} y2={29} />
      {layout.registries.map((r) => (
        <line key={r.domain} className="wire" x1={570} y1={29} x2={r.box.x} y2={r.box.y + r.box.h / 2} />
      ))}
      <Actor
        box={layout.client}
        title="Client"
        subtitle="docker CLI"
        className="client"
        lit={lit('client')}
      />
      <Actor box={layout.daemon} title="Daemon" subtitle="dockerd" className="daemon" lit={lit('daemon')} />
      {layout.registries.map((r) => (
        <Actor
          key={r.domain}
          box={r.box}
          title={registryLabel(r.domain)}
          subtitle="registry"
          className="registry"
          lit={lit(`registry:${r.domain}`)}
        />
      ))}
      {layout.shared.map((s) => (
        <line
          key={`${s.layer}-${s.to.x}`}
          className="shared-link"
          x1={s.from.x + s.from.w}
          y1={s.from.y + s.from.h / 2}
          x2={s.to.x}
          y2={s.to.y + s.to.h / 2}
        />
      ))}
      {layout.stacks.map((stack) => {
        const img = stack.image;
        const name = img.tags[0] ?? (img.pending ? 'pulling…' : '<none>:<none>');
        const colon = name.lastIndexOf(':');
        const repo = colon > 0 ? name.slice(0, colon) : name;
        const tag = colon > 0 ? name.slice(colon) : '';
        return (
          <g
            key={img.id}
            className={`image${img.pending ? ' pending' : ''}${lit(`image:${img.id}`) ? ' lit' : ''}`}
            data-image={img.short}
          >
            <title>{`Image ${img.tags.join(', ') || img.short}: ${img.layers.length} layer${img.layers.length === 1 ? '' : 's'}`}</title>
            <rect
              className="image-outline"
              x={stack.x - 3}
              y={stack.top - 3}
              width={stack.w + 6}
              height={stack.base - stack.top + 6}
              rx={4}
            />
            {stack.layers.map(({ layer, box }) => (
              <LayerRect key={layer.id} layer={layer} box={box} lit={lit(`layer:${layer.id}`)} />
            ))}
            {stack.hidden > 0 ? (
              <text x={stack.x + stack.w / 2} y={stack.base + 7} textAnchor="middle" className="more">
                +{stack.hidden} more below
              </text>
            ) : null}
            <text x={stack.x + stack.w / 2} y={stack.base + 18} textAnchor="middle" className="image-name">
              {trim(repo, 14)}
            </text>
            <text x={stack.x + stack.w / 2} y={stack.base + 31} textAnchor="middle" className="image-meta">
              {`${trim(tag, 10)}${img.tags.length > 1 ? ` +${img.tags.length - 1}` : ''} · ${img.layers.length} layer${img.layers.length === 1 ? '' : 's'}`}
            </text>
          </g>
        );
      })}
      {layout.hiddenImages > 0 ? (
        <text x={548} y={60} textAnchor="end" className="more">
          +{layout.hiddenImages} more images
        </text>
      ) : null}
      {layout.containers.map(({ container: c, box }) => {
        const stack = layout.stacks.find((s) => s.image.id === c.imageId);
        return (
          <g key={c.id} className={`container state-${c.phase}${lit(`container:${c.id}`) ? ' lit' : ''}`}>
            <title>{`Container ${c.name} from ${c.image}: ${phaseLabel(c)}`}</title>
            {stack ? (
              <line
                className="instance-of"
                x1={stack.x + stack.w}
                y1={Math.max(stack.top, stack.base - 30)}
                x2={box.x}
                y2={box.y + box.h / 2}
              />
            ) : null}
            <rect x={box.x} y={box.y} width={box.w} height={box.h} rx={6} />
            <text x={box.x + 6} y={box.y + 16} className="container-name">
              {trim(c.name, 15)}
            </text>
            <text x={box.x + 6} y={box.y + 32} className="container-state">
              {phaseLabel(c)}
            </text>
          </g>
        );
      })}
      {layout.hiddenContainers > 0 ? (
        <text x={808} y={52} textAnchor="end" className="more">
          +{layout.hiddenContainers} more
        </text>
      ) : null}
      <Arrows
        frame={frame}
        layout={layout}
        selected={selected}
        travelMs={travelMs}
        {...(onArrow ? { onArrow } : {})}
      />
    </svg>
  );
}
