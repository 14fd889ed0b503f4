package org.grenier.core.quality;

/** How urgently a storage unit needs attention; UNKNOWN when it has no recent readings to judge by. */
public enum RiskLevel { LOW, MODERATE, HIGH, UNKNOWN }
