/** Links between the views of a tool ("Terug naar je scans", "Inschatten", …); the current one is marked. */
interface Props {
  label: string;
  links: readonly { href: string; text: string; current?: boolean }[];
}

export function ToolNav({ label, links }: Props) {
  return (
    <nav class="tool-nav print-hidden" aria-label={label}>
      <ul role="list">
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href} aria-current={link.current ? 'page' : undefined}>
              {link.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
