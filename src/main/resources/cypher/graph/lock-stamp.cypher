// Takes the write lock on the model version for the rest of the transaction and answers it:
// changes are applied one after the other, each raising the version by exactly one.
MERGE (s:ModelStamp {key: 'model'})
SET s.version = coalesce(s.version, 0)
RETURN s.version AS version
