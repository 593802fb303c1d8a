package io.policylens.analyse;

/** Kinds of named entity: persons, places, organisations. */
public enum EntityType {
    PER, LOC, ORG
}
