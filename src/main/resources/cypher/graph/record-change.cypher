// Raises the model version to $version, records that change $id made it, and marks the elements
// and people it touched with that version (what a later approval's conflict check reads). Runs in
// the same transaction as the change's writes, after lock-stamp.
MATCH (s:ModelStamp {key: 'model'})
SET s.version = $version
CREATE (c:AppliedChange {id: $id, version: $version, at: datetime()})
WITH s
CALL (s) {
  UNWIND $codes AS code
  MATCH (e:Element {code: code})
  SET e.changedIn = $version
}
CALL (s) {
  UNWIND $people AS pid
  MATCH (p:Person {id: pid})
  SET p.changedIn = $version
}
RETURN s.version AS version
