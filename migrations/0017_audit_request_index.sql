-- Custom migration: an index for "did this request already record a read of these cases?"
-- (casesAlreadyRecorded in core/src/audit/audit.ts, asked by the workflow subgraph for every case
-- whose currentStage a request reads). The lookup by actor_id alone read every event the actor ever
-- caused: 9 321 events of one bench caseworker made it 8.8 ms, growing with the actor's history.
-- With the request id in the index it reads the few rows of the request.
CREATE INDEX IF NOT EXISTS "events_actor_request_idx" ON "audit"."events" ("actor_id", "request_id") WHERE "request_id" IS NOT NULL;
