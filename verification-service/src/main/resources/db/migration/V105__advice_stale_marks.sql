-- One mark per change instead of one row per tag. With one row per tag, a change committed while its tag was being
-- derived (after the derivation had read the tag's lessons) found the row present, marked nothing, and the
-- derivation then deleted the row: the change was lost to the advice until the tag's next change. Now every change
-- inserts its own mark, and a derivation deletes exactly the marks it saw before reading, so a mark committed
-- meanwhile stays for the next round. Inserting never waits on a derivation (no row is shared); replicas keep out of
-- each other's way with an advisory lock per tag (ComponentRefresher).
alter table advice_stale_tag drop constraint advice_stale_tag_pkey;
alter table advice_stale_tag add column id bigserial primary key;
create index advice_stale_tag_tag on advice_stale_tag (tag);
