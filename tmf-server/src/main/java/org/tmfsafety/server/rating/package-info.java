/**
 * The hazard rating list: facilities ranked by THI or TRI with their classes, filters in the URL, and
 * exports of exactly the filtered list (CSV, XLSX).
 */
package org.tmfsafety.server.rating;
