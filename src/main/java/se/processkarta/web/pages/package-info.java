/**
 * The web application in Swedish (issue 13): server-rendered Thymeleaf pages for browsing the
 * model, people and gaps, logging in and out, and drafting, reviewing and approving changes. Pages
 * call the feature services directly, never the JSON API; every form carries a CSRF token, and
 * every answer a strict Content-Security-Policy.
 */
package se.processkarta.web.pages;
