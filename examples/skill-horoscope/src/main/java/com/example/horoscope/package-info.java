/** An example third-party skill built with the Xiaobu skill SDK: zodiac signs from birthdays. */
package com.example.horoscope;
