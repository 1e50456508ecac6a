# Source: https://github.com/numpy/numpy/blob/1949eefb2c26a89c4cadcba15923e58e95715748/doc/source/user/basics.subclassing.rst
# What: Subclassing ndarray, "__array_ufunc__ for ufuncs" (class A from test_ufunc_override_with_super)
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
# Note: the testcode block opens with the typo line `input numpy as np` (a SyntaxError); it is left out and `import numpy as np` put first
import numpy as np
class A(np.ndarray):
    def __array_ufunc__(self, ufunc, method, *inputs, out=None, **kwargs):
        args = []
        in_no = []
        for i, input_ in enumerate(inputs):
            if isinstance(input_, A):
                in_no.append(i)
                args.append(input_.view(np.ndarray))
            else:
                args.append(input_)

        outputs = out
        out_no = []
        if outputs:
            out_args = []
            for j, output in enumerate(outputs):
                if isinstance(output, A):
                    out_no.append(j)
                    out_args.append(output.view(np.ndarray))
                else:
                    out_args.append(output)
            kwargs['out'] = tuple(out_args)
        else:
            outputs = (None,) * ufunc.nout

        info = {}
        if in_no:
            info['inputs'] = in_no
        if out_no:
            info['outputs'] = out_no

        results = super().__array_ufunc__(ufunc, method, *args, **kwargs)
        if results is NotImplemented:
            return NotImplemented

        if method == 'at':
            if isinstance(inputs[0], A):
                inputs[0].info = info
            return

        if ufunc.nout == 1:
            results = (results,)

        results = tuple((np.asarray(result).view(A)
                         if output is None else output)
                        for result, output in zip(results, outputs))
        if results and isinstance(results[0], A):
            results[0].info = info

        return results[0] if len(results) == 1 else results
a = np.arange(5.).view(A)
b = np.sin(a)
print(repr(b.info))
b = np.sin(np.arange(5.), out=(a,))
print(repr(b.info))
a = np.arange(5.).view(A)
b = np.ones(1).view(A)
c = a + b
print(repr(c.info))
a += b
print(repr(a.info))
