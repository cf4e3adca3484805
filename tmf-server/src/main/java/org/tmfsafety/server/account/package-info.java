/**
 * Accounts, roles and sign-in: form login for pages, HTTP Basic and personal API tokens for the JSON
 * API, Argon2 password hashes, lock-out and throttling of failed logins, the one-time set-up of the
 * first administrator, and who may do what ({@link org.tmfsafety.server.account.CurrentUser}).
 */
package org.tmfsafety.server.account;
