/** App launch, close and download, and website opening, with names resolved to packages. */
package io.xiaobu.skills.builtin.app;
