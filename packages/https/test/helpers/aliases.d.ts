// The second majors installed under aliases for the framework matrix.
declare module 'koa2' {
  import Koa from 'koa';
  export default Koa;
}
declare module 'express4' {
  import express from 'express';
  export default express;
}
