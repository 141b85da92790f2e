// How long a share link may be before chats and issue trackers start cutting it.

/** A link longer than this may be cut by chat apps and issue trackers. */
export const LINK_BUDGET = 8_000;
