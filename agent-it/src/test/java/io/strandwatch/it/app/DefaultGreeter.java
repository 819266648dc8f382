package io.strandwatch.it.app;

public class DefaultGreeter implements Greeter {}
