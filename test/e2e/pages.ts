/** Every page of the portal: the prerendered HTML in dist/client plus on-demand pages. */
import { builtHtml } from '../../scripts/lib/weights.ts';

/** Site-relative URLs of all built pages but the 404, e.g. "/", "/ke-hoach/lao-cai-2020/". */
export function builtPages(): string[] {
  return builtHtml()
    .map((p) => p.url)
    .filter((u) => !u.endsWith('404.html'));
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
