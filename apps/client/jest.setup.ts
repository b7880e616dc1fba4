// Order matters: Taro must install its runtime (document, window shims, hooks) before React or the
// page code load, or @tarojs/test-utils-react's mount() finds no Taro environment.
import '@tarojs/taro';
import React from 'react';
import ReactDOM from 'react-dom';
import { createH5NativeComponentConfig } from '@tarojs/plugin-framework-react/dist/runtime';

// Registers React with Taro's H5 runtime, which @tarojs/test-utils-react 0.1.1 (made for Taro 3.6)
// no longer does by itself on Taro 4.
createH5NativeComponentConfig(null, React, ReactDOM);
