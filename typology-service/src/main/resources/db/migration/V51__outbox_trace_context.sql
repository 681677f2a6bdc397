-- The W3C trace context of the span that recorded each event (platform Outbox), so the relay publishes the event
-- as part of that trace (CloudEvents traceparent extension and Kafka header). Null for rows recorded outside a trace.
alter table outbox_event add column traceparent text, add column tracestate text;
