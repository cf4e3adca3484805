/**
 * Tailings dam failures as recorded events: failure causes in the CSP2 classes and the severity classification of
 * Bowker and Chambers (E20 in docs/methodology/accidents.md).
 */
package org.tmfsafety.methodology.accident;
