import type { ComponentType } from 'react';
import { Menu, useResourceDefinitions, useSidebarState } from 'react-admin';

/** The list screens of the resources, as App.tsx declares them, for the menu to load ahead. */
const lists = new Map<string, () => Promise<void>>();

/**
 * Keeps a resource's list screen to load ahead and answers its definition unchanged: every
 * `<Resource>` of App.tsx spreads its views through it.
 */
export function withListPreload<D extends { list?: ComponentType }>(name: string, definition: D): D {
  const preload = (definition.list as { preload?: () => Promise<void> } | undefined)?.preload;
  if (preload) lists.set(name, preload);
  return definition;
}

/** Starts loading a resource's list screen (a failed download is tried again on the click). */
export const preloadList = (name: string): void => void lists.get(name)?.().catch(() => undefined);

/**
 * react-admin's menu (the dashboard, then each resource with a list), whose entries start loading
 * their screen when pointed at or focused: the click then draws it at once, where a first visit
 * waited for its chunk and React's 300 ms reveal of a suspended screen (see common/lazyView.ts).
 * With the sidebar open, a long name ("Đánh giá chuẩn tiếp cận pháp luật") wraps onto a second
 * line: react-admin cut it with an ellipsis, and names that differ at their end looked alike.
 */
export const AppMenu = () => {
  const resources = useResourceDefinitions();
  const [open] = useSidebarState();
  return (
    <Menu sx={open ? wrapNames : undefined}>
      <Menu.DashboardItem />
      {Object.keys(resources)
        .filter((name) => resources[name].hasList)
        .map((name) => (
          <Menu.ResourceItem key={name} name={name} onMouseEnter={() => preloadList(name)} onFocus={() => preloadList(name)} />
        ))}
    </Menu>
  );
};

const wrapNames = { '& .RaMenuItemLink-root .MuiTypography-noWrap': { whiteSpace: 'normal' } } as const;
