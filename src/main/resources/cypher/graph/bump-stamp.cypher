// Increases the model stamp, in the same transaction as the write it marks.
MERGE (s:ModelStamp {key: 'model'})
SET s.version = coalesce(s.version, 0) + 1
RETURN s.version AS version
