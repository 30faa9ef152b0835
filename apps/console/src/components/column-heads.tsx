import type { ComponentChildren } from 'preact';

/** A table's header row: one column head per name, then any extra heads (e.g. a hidden "Actions"). */
export function ColumnHeads({ names, children }: { readonly names: readonly string[]; readonly children?: ComponentChildren }) {
  return (
    <thead>
      <tr>
        {names.map((name) => (
          <th scope="col" key={name}>
            {name}
          </th>
        ))}
        {children}
      </tr>
    </thead>
  );
}
