/**
 * The HTTP face: the REST API over the features, the mapping of every error to {@code
 * application/problem+json} in Swedish or English, and OpenAPI. Holds no business rules.
 */
package se.processkarta.web;
