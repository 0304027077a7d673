import { memo } from 'react';
import type { ReactNode } from 'react';
import type { LogPiece } from '../utils/log-pieces';

/** One piece of the loaded text, with its search matches marked. Unchanged pieces skip rendering. */
const LogPieceText = memo(function LogPieceText({
  text,
  matches,
  firstMatch,
  currentMatch,
}: Omit<LogPiece, 'key'> & { currentMatch: number }) {
  if (matches.length === 0) return text;
  const parts: ReactNode[] = [];
  let at = 0;
  matches.forEach((match, index) => {
    const global = firstMatch + index;
    parts.push(text.slice(at, match.from));
    parts.push(
      <mark
        key={global}
        data-match={global}
        className={global === currentMatch ? 'log-text__match--current' : undefined}
      >
        {text.slice(match.from, match.to)}
      </mark>,
    );
    at = match.to;
  });
  parts.push(text.slice(at));
  return parts;
});

/**
 * The loaded text as one `<pre>`: a few large text nodes (one per read) instead of a node per
 * line, so 2 MB of log renders and grows cheaply; only a piece holding the current match changes
 * when stepping through matches.
 */
export function LogText({ pieces, currentMatch }: { pieces: LogPiece[]; currentMatch: number }) {
  return (
    <pre className="log-text">
      {pieces.map(({ key, ...piece }) => {
        const holdsCurrent =
          currentMatch >= piece.firstMatch &&
          currentMatch < piece.firstMatch + piece.matches.length;
        return (
          <LogPieceText key={key} {...piece} currentMatch={holdsCurrent ? currentMatch : -1} />
        );
      })}
    </pre>
  );
}
