import type { TextureImage } from '../../../../contract/index.ts';
import { mapAlt, mapHint, mapLabel, sortMaps } from '../lib/texture-maps.ts';

/** Each map as an image whose alternative text names its type, with a full-size link. */
export function TextureMapsGrid({ images }: { images: readonly TextureImage[] }) {
  if (images.length === 0) {
    return <p className="text-sm text-muted">This texture generation has no maps.</p>;
  }
  return (
    <ul aria-label="Texture maps" className="grid grid-cols-2 gap-3 sm:grid-cols-4">
      {sortMaps(images).map((image) => (
        <li key={image.id}>
          <figure className="grid gap-1">
            <img
              src={image.url}
              alt={mapAlt(image.type)}
              width={256}
              height={256}
              loading="lazy"
              decoding="async"
              className="aspect-square w-full rounded-lg border border-border bg-surface-raised object-cover"
            />
            <figcaption className="text-xs">
              <span className="block font-medium">{mapLabel(image.type)}</span>
              <span className="block text-muted">{mapHint(image.type)}</span>
              <a
                href={image.url}
                target="_blank"
                rel="noreferrer"
                aria-label={`Open the ${mapLabel(image.type).toLowerCase()} map full size`}
                className="text-accent-text underline"
              >
                Full size
              </a>
            </figcaption>
          </figure>
        </li>
      ))}
    </ul>
  );
}
