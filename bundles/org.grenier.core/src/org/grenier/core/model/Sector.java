package org.grenier.core.model;

/** The trade a product belongs to; it decides default shelf-life and quality rules. */
public enum Sector { RETAIL, PHARMACY, LUXURY, AGRICULTURE }
