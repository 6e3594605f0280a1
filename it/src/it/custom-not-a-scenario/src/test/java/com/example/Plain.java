package com.example;

/** Looks like a strategy, but implements neither Decibench interface. */
public class Plain {
    public String name() {
        return "plain";
    }
}
