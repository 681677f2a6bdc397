-- Issue 15: an outbox event the broker refuses for good (over its size limit, an invalid topic) is parked with the
-- broker's reason instead of holding up every event behind it; the relay skips parked rows, which stay (they are
-- never published, so retention keeps them) until an operator deals with them. The same in every service.
alter table outbox_event add column parked_at timestamptz, add column park_reason text;
