/** Rectangles in the coordinates of the top frame Cadre draws in. */

export interface Box { left: number; top: number; width: number; height: number }

export const boxOf = (r: { left: number; top: number; width: number; height: number }): Box => ({ left: r.left, top: r.top, width: r.width, height: r.height });

export const contains = (b: Box, x: number, y: number, slack = 0) =>
  x >= b.left - slack && x <= b.left + b.width + slack && y >= b.top - slack && y <= b.top + b.height + slack;

/**
 * Offset of a (same-origin) frame's viewport inside the viewport of `top`: the sum of the frame
 * elements' content-box positions up the chain. (0, 0) for `top` itself.
 */
export function frameOffset(win: Window, top: Window): { x: number; y: number } {
  let x = 0;
  let y = 0;
  for (let w: Window = win; w !== top; ) {
    const fe = w.frameElement as HTMLElement | null;
    if (!fe) break;
    const r = fe.getBoundingClientRect();
    const cs = fe.ownerDocument.defaultView?.getComputedStyle(fe);
    x += r.left + fe.clientLeft + (cs ? parseFloat(cs.paddingLeft) || 0 : 0);
    y += r.top + fe.clientTop + (cs ? parseFloat(cs.paddingTop) || 0 : 0);
    w = fe.ownerDocument.defaultView as Window;
  }
  return { x, y };
}
