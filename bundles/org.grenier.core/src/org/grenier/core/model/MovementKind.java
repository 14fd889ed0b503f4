package org.grenier.core.model;

/** Why stock moved. Receipts add, issues and losses take away, counts reset the level. */
public enum MovementKind { RECEIPT, ISSUE, TRANSFER, LOSS, COUNT }
