/**
 * Cross-cutting web support: languages (EN/RU/KK, switchable on every page and remembered in a
 * cookie), RFC 9457 problem details for the JSON API, page layout data and shared small types.
 */
package org.tmfsafety.server.system;
