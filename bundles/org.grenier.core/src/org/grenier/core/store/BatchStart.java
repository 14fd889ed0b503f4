package org.grenier.core.store;

import org.grenier.core.imports.MappingProfile;

/** What the store records about an import when it begins: the file, its fingerprint, the profile and its format. */
public record BatchStart(String file, String fileSha256, long fileBytes, MappingProfile profile, String format) {
}
