package io.nlc.content;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class FrameworkVersionsH2Test extends FrameworkVersionsTests {}
