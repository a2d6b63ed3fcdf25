/** Every page of the portal: the prerendered HTML in dist/client plus on-demand pages. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const CLIENT = join(process.cwd(), 'dist', 'client');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** Site-relative URLs of all built pages, e.g. "/", "/ke-hoach/lao-cai-2020/". */
export function builtPages(): string[] {
  return walk(CLIENT)
    .filter((f) => f.endsWith('.html') && !f.endsWith('404.html'))
    .map((f) => '/' + relative(CLIENT, f).replace(/index\.html$/, '').replace(/\.html$/, '/'))
    .sort();
}

/** Pages rendered on demand by the Worker, with queries a user would type. */
export const ON_DEMAND = [
  '/tim-kiem/?q=cai%20nghi%E1%BB%87n',
  '/tim-kiem/?q=methadone',
  '/tim-kiem/?q=zzzzqqq',
  '/hoi-dap/?q=con%20t%C3%B4i%20nghi%E1%BB%87n%20th%C3%AC%20cai%20%E1%BB%9F%20%C4%91%C3%A2u',
  '/hoi-dap/?q=th%E1%BB%9Di%20ti%E1%BA%BFt%20h%C3%B4m%20nay',
  '/lich/',
  '/trang-khong-co/',
];

export function allPages(): string[] {
  return [...builtPages(), ...ON_DEMAND];
}
