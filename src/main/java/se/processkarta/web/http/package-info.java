/**
 * Small facts about an HTTP request that both the JSON API and the pages need (such as the address
 * it came from), so that neither depends on the other for them.
 */
package se.processkarta.web.http;
