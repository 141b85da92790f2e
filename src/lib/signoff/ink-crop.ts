// A drawn signature is cut down to its ink and capped in size before it is stored: a big pad
// (a phone held sideways, a wide desktop) must not shrink the signature in the PDF's fixed box,
// nor make the deployment, its backups and share links heavy.

/** The largest stored signature, in pixels: about twice what the PDF's box needs at 300 dpi. */
export const MAX_SIGNATURE = { width: 960, height: 320 };

/** Where the pen has been on the pad, in canvas pixels. */
export class InkBounds {
	left = Infinity;
	top = Infinity;
	right = -Infinity;
	bottom = -Infinity;

	/** Takes in one point of a stroke. */
	add(p: { x: number; y: number }): void {
		this.left = Math.min(this.left, p.x);
		this.top = Math.min(this.top, p.y);
		this.right = Math.max(this.right, p.x);
		this.bottom = Math.max(this.bottom, p.y);
	}

	/** Whether any point was taken in. */
	get empty(): boolean {
		return this.left > this.right;
	}
}

/** Source and destination of the crop, in pixels. */
export interface Crop {
	sx: number;
	sy: number;
	sw: number;
	sh: number;
	width: number;
	height: number;
}

/**
 * The part of a `canvasWidth`×`canvasHeight` pad to keep: the ink plus `margin` on each side,
 * inside the pad, scaled down (never up) to fit MAX_SIGNATURE. An empty pad keeps all of it.
 */
export function inkCrop(
	ink: InkBounds,
	margin: number,
	canvasWidth: number,
	canvasHeight: number
): Crop {
	const [sx, sy, ex, ey] = ink.empty
		? [0, 0, canvasWidth, canvasHeight]
		: [
				Math.max(0, Math.floor(ink.left - margin)),
				Math.max(0, Math.floor(ink.top - margin)),
				Math.min(canvasWidth, Math.ceil(ink.right + margin)),
				Math.min(canvasHeight, Math.ceil(ink.bottom + margin))
			];
	const sw = Math.max(1, ex - sx);
	const sh = Math.max(1, ey - sy);
	const scale = Math.min(1, MAX_SIGNATURE.width / sw, MAX_SIGNATURE.height / sh);
	return {
		sx,
		sy,
		sw,
		sh,
		width: Math.max(1, Math.round(sw * scale)),
		height: Math.max(1, Math.round(sh * scale))
	};
}

/** The pad's drawing cut to its ink, as a PNG data URL. */
export function cropToInk(canvas: HTMLCanvasElement, ink: InkBounds, lineWidth: number): string {
	const crop = inkCrop(ink, lineWidth * 2, canvas.width, canvas.height);
	const out = document.createElement('canvas');
	out.width = crop.width;
	out.height = crop.height;
	out
		.getContext('2d')
		?.drawImage(canvas, crop.sx, crop.sy, crop.sw, crop.sh, 0, 0, crop.width, crop.height);
	return out.toDataURL('image/png');
}
