import { useEffect, useRef, useState, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';

interface SignatureInputProps {
  id: string;
  value: Record<string, unknown> | null;
  invalid: boolean;
  onChange: (value: unknown) => void;
  onBlur: () => void;
}

/** PNG data addresses over this length are refused by the forms engine. */
const MAX_IMAGE = 200_000;

/**
 * A signature: the signer's name and the time of signing (required), and optionally a drawn mark
 * (a small canvas; pointer, touch or pen), kept as a PNG data address.
 */
export function SignatureInput({ id, value, invalid, onChange, onBlur }: SignatureInputProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const [drawn, setDrawn] = useState(typeof value?.image === 'string');
  const name = typeof value?.name === 'string' ? value.name : '';
  const signedAt = typeof value?.signedAt === 'string' ? value.signedAt : null;

  // A stored mark is painted back onto the pad.
  useEffect(() => {
    const image = value?.image;
    const ctx = canvas.current?.getContext('2d');
    if (typeof image !== 'string' || !ctx) return;
    const img = new Image();
    img.onload = () => ctx.drawImage(img, 0, 0);
    img.src = image;
    // Painted once, from the value the form opened with; later strokes are drawn by hand.
  }, []);

  const update = (patch: Record<string, unknown>) => {
    const next: Record<string, unknown> = { ...(value ?? {}), ...patch };
    for (const k of Object.keys(next)) if (next[k] === undefined) delete next[k];
    if (!next.name && !next.signedAt && !next.image) onChange(undefined);
    else onChange(next);
  };

  const point = (e: PointerEvent<HTMLCanvasElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    return {
      x: ((e.clientX - rect.left) * e.currentTarget.width) / rect.width,
      y: ((e.clientY - rect.top) * e.currentTarget.height) / rect.height,
    };
  };
  const start = (e: PointerEvent<HTMLCanvasElement>) => {
    const ctx = e.currentTarget.getContext('2d');
    if (!ctx) return;
    drawing.current = true;
    e.currentTarget.setPointerCapture(e.pointerId);
    const { x, y } = point(e);
    ctx.lineWidth = 2;
    ctx.lineCap = 'round';
    ctx.strokeStyle = '#1f2a2e';
    ctx.beginPath();
    ctx.moveTo(x, y);
  };
  const move = (e: PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    const ctx = e.currentTarget.getContext('2d');
    const { x, y } = point(e);
    ctx?.lineTo(x, y);
    ctx?.stroke();
  };
  const end = (e: PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    drawing.current = false;
    const image = e.currentTarget.toDataURL('image/png');
    setDrawn(true);
    update({ image: image.length <= MAX_IMAGE ? image : undefined, signedAt: new Date().toISOString() });
  };
  const clearPad = () => {
    const c = canvas.current;
    c?.getContext('2d')?.clearRect(0, 0, c.width, c.height);
    setDrawn(false);
    update({ image: undefined });
  };

  return (
    <div className="signature">
      <label htmlFor={id}>{t('forms.signature.name')}</label>
      <input
        id={id}
        type="text"
        value={name}
        aria-invalid={invalid}
        onChange={(e) => update({ name: e.target.value || undefined })}
        onBlur={onBlur}
      />
      <p className="field-hint">{t('forms.signature.padHint')}</p>
      <canvas
        ref={canvas}
        className="signature-pad"
        width={400}
        height={120}
        aria-label={t('forms.signature.pad')}
        role="img"
        onPointerDown={start}
        onPointerMove={move}
        onPointerUp={end}
        onPointerCancel={end}
      />
      <div className="inline-actions">
        <button
          type="button"
          className="button button-small"
          onClick={() => update({ signedAt: new Date().toISOString() })}
        >
          {t('forms.signature.signNow')}
        </button>
        {drawn && (
          <button type="button" className="button button-quiet button-small" onClick={clearPad}>
            {t('forms.signature.clearPad')}
          </button>
        )}
      </div>
      <p className="muted" aria-live="polite">
        {signedAt && !Number.isNaN(Date.parse(signedAt))
          ? t('forms.signature.signedAt', { when: format.dateTime(signedAt) })
          : t('forms.signature.notSigned')}
      </p>
    </div>
  );
}
