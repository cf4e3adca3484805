/**
 * The vocabulary the UNECE/UBA TMF methodology uses to describe a tailings management facility: its
 * operational state, its type, how its dam was raised and the water hazard class of what it stores.
 *
 * <p>These are the inputs later calculations (Tailings Hazard Index, Tailings Risk Index, dam-break
 * screening) read from the registry. The library never produces display text: every constant is
 * labelled by the application from its message bundles ({@code enum.<Type>.<CONSTANT>}).
 *
 * <p>See {@code docs/methodology/README.md} for the sources of each classification.
 */
package org.tmfsafety.methodology.facility;
