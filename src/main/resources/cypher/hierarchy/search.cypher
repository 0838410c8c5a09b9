// One page of full-text hits (Swedish analyzer), best first, ties in numeric code order.
CALL db.index.fulltext.queryNodes('element_search', $query) YIELD node, score
RETURN node.code AS code, node.name AS name, node.level AS level, node.status AS status,
       node.description AS description, score
ORDER BY score DESC, node.sortKey
SKIP $skip LIMIT $limit
