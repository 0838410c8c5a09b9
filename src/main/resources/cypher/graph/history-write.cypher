// Closes the intervals $close at version $version and opens $open from it: in the transaction of
// the change that made the version.
CALL () {
  UNWIND $close AS id
  MATCH (h:History)
  WHERE elementId(h) = id
  SET h.to = $version
}
CALL () {
  UNWIND $open AS row
  CREATE (:History {kind: row.kind, key: row.key, code: row.code, data: row.data,
                    from: $version})
}
RETURN $version AS version
