/**
 * Exchange between national registries (issue 19): the neighbouring instances an administrator names, the scheduled
 * pull of their published facilities, downstream paths, ratings and accidents (kept in this feature's own tables,
 * never mixed into the own registry), the upstream threats among them, and incident notifications received from them
 * (signed with HMAC-SHA256) and acknowledged to the sender. Other features use {@link org.tmfsafety.server.exchange.Neighbours}.
 */
package org.tmfsafety.server.exchange;
