/** Interaction models (YAML): loading, validation with file/line/field errors, template grammar and sampling. */
package io.xiaobu.skills.sdk.model;
