/**
 * The audit trail: every create, update and delete of registry data, accounts and organisations, with
 * actor, time and the values before and after. The table is append-only, enforced by database triggers.
 */
package org.tmfsafety.server.audit;
