// How many elements a full-text query finds in all.
CALL db.index.fulltext.queryNodes('element_search', $query) YIELD node
RETURN count(node) AS total
