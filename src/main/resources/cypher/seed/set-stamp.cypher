// Records the content hash of an import, in the same transaction as the import itself.
MERGE (s:SeedStamp {source: $source})
SET s.hash = $hash
