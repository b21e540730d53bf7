/** The Quarkus turn service: thin REST resources over the dialog library, health, metrics, wiring. */
package io.xiaobu.app;
