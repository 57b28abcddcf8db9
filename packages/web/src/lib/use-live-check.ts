import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { checkDraft } from "../api/drafts";
import type { Safety } from "../api/draft-types";
import { useDebouncedValue } from "./use-debounced-value";

const CHECK_DELAY_MS = 400;
export const MAX_REPLY_LENGTH = 5000;

/**
 * A live safety check of `text` (POST .../check: no write), debounced while typing.
 * `saved` is the text whose result is already known (`savedSafety`), so it isn't re-asked.
 */
export function useLiveCheck(conversationId: string, draftId: string, text: string, saved: string, savedSafety: Safety) {
  const settled = useDebouncedValue(text, CHECK_DELAY_MS);
  const needsCheck = settled !== saved && settled.trim().length > 0 && settled.length <= MAX_REPLY_LENGTH;
  const check = useQuery({
    queryKey: ["check", conversationId, draftId, settled],
    queryFn: ({ signal }) => checkDraft(conversationId, draftId, settled, signal),
    enabled: needsCheck,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    retry: false,
  });
  const dirty = text !== saved;
  // Until the first check answers, the previous result stays (its spans clamped to the new text).
  const safety: Safety | undefined = dirty ? check.data : savedSafety;
  return {
    safety,
    checking: dirty && (settled !== text || check.isFetching),
    checkError: dirty && check.isError ? check.error.message : null,
  };
}
