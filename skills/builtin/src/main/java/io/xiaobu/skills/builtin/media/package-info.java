/** Music, video, radio, TV, poetry, novels and spoken content: play directives with linked entities. */
package io.xiaobu.skills.builtin.media;
