/**
 * A small, strict JSON reader (RFC 8259) for methodology profile files, so that the calculation
 * library needs no JSON library. Objects become insertion-ordered maps, arrays lists, numbers
 * {@link java.math.BigDecimal}, and {@code null} {@link org.tmfsafety.methodology.json.Json#NULL}.
 */
package org.tmfsafety.methodology.json;
