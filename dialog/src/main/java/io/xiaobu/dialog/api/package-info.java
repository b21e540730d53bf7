/** The device API's request and response records and their validation, free of any web framework. */
package io.xiaobu.dialog.api;
